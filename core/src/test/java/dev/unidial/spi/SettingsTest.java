package dev.unidial.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Numeric settings fail naming the setting, never with a bare NumberFormatException. */
class SettingsTest {
    @Test
    void a_whole_number_setting_that_is_not_one_names_the_setting_and_the_value() {
        assertThatThrownBy(() -> Settings.wholeNumber("KORE_REQUESTS_PER_MINUTE", "abc"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("KORE_REQUESTS_PER_MINUTE must be a whole number, but is 'abc'");
        assertThatThrownBy(() -> Settings.wholeNumber("UNIDIAL_MAX_RETRIES", "99999999999"))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNIDIAL_MAX_RETRIES");
    }
}
