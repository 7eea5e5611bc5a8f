package id.integritas.portal.system;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.integritas.portal.intake.gratification.GratificationRequest;
import id.integritas.portal.intake.whistleblowing.WhistleblowingRequest;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.web.FormBinder;
import id.integritas.portal.system.web.Rupiah;

/** One reading of money for every amount field: as Indonesians write it, never a guess. */
class RupiahTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Rp 5.000.000|5000000", "Rp5.000.000|5000000", "rp. 5.000.000|5000000",
            "IDR 750.000|750000", "1.500.000|1500000", "1500000|1500000", "5 000 000|5000000", "Rp 1.500.000,00|1500000.00",
            "Rp 200.000,-|200000", "0|0", "999|999", "1.000|1000", " 12.345.678,50 |12345678.50" })
    void acceptsRupiahAsWritten(String text, String expected) {
        assertEquals(new BigDecimal(expected), Rupiah.parse(text).orElseThrow(() -> new AssertionError(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1,500,000", "1.50", "1.5", "5.000.00", "1.500,000", "1,5", "-5000", "Rp", "lima juta",
            "5000000 USD", "1.500.000.", ".500", "12.34.567", "$ 100" })
    void refusesWhatCouldBeReadTwoWaysOrIsNotAnAmount(String text) {
        assertTrue(Rupiah.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Rp 5.000.000", "5.000.000", "Rp 5.000.000,00" })
    void theTipFormAndTheGiftFormReadTheSameAmount(String text) {
        var tip = FormBinder.bind(WhistleblowingRequest.class, Map.of("estimatedValue", List.of(text)));
        var gift = FormBinder.bind(GratificationRequest.class, Map.of("gift.value", List.of(text)));
        assertEquals(List.of(), tip.errors());
        assertEquals(List.of(), gift.errors());
        assertEquals(0, new BigDecimal("5000000").compareTo(tip.value().estimatedValue()));
        assertEquals(0, new BigDecimal("5000000").compareTo(gift.value().gift().value()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1,500,000", "1.50" })
    void anAmbiguousAmountIsAFieldMessageNotAGuess(String text) {
        var tip = FormBinder.bind(WhistleblowingRequest.class, Map.of("estimatedValue", List.of(text)));
        assertNull(tip.value().estimatedValue());
        assertEquals(List.of(new FieldError("estimatedValue", "money_format")), tip.errors());
    }
}
