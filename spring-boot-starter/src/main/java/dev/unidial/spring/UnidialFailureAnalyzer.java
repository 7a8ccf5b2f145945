package dev.unidial.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a bad {@code unidial.*} property as Spring Boot shows its own: the property, then what to do. */
final class UnidialFailureAnalyzer extends AbstractFailureAnalyzer<UnidialConfigurationException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnidialConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), "Correct or remove the property " + cause.property()
                + " in your application's configuration.", cause);
    }
}
