package dev.unidial.ravan;

import dev.unidial.tck.FaultMatrixContract;
import dev.unidial.tck.ProviderHarness;

class RavanFaultMatrixTest extends FaultMatrixContract {
    @Override
    protected ProviderHarness harness() {
        return new RavanHarness();
    }
}
