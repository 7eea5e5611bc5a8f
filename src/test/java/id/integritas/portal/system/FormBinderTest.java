package id.integritas.portal.system;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.integritas.portal.intake.whistleblowing.WhistleblowingRequest;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.web.FormBinder;

class FormBinderTest {

    @Test
    void bindsNestedListsSkipsBlankRowsAndReportsBadValuesPerField() {
        var result = FormBinder.bind(WhistleblowingRequest.class, Map.of(
                "what", List.of(" sesuatu "), "whenFrom", List.of("2026-02-30"), "estimatedValue", List.of("1.500.000"),
                "persons[0].name", List.of(""), "persons[0].unit", List.of(""),
                "persons[1].name", List.of("Inisial AB"), "persons[1].unit", List.of("Loket"),
                "identityMode", List.of("MAYBE"), "protectionRequested", List.of("true")));
        WhistleblowingRequest r = result.value();
        assertEquals("sesuatu", r.what());
        assertEquals(1, r.persons().size());
        assertEquals("Inisial AB", r.persons().get(0).name());
        assertEquals(new java.math.BigDecimal("1500000"), r.estimatedValue());
        assertTrue(r.protectionRequested());
        assertNull(r.whenFrom());
        assertTrue(result.errors().contains(new FieldError("whenFrom", "date_format")));
        assertTrue(result.errors().contains(new FieldError("identityMode", "unknown_option")));
    }
}
