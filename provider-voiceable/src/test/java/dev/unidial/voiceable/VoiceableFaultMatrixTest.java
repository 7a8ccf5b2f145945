package dev.unidial.voiceable;

import dev.unidial.tck.FaultMatrixContract;
import dev.unidial.tck.ProviderHarness;

class VoiceableFaultMatrixTest extends FaultMatrixContract {
    @Override
    protected ProviderHarness harness() {
        return new VoiceableHarness();
    }
}
