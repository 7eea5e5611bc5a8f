package id.integritas.portal.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A month's figures use a second pooled connection for everything but the month-end states. When the pool has none
 * free (every other connection taken), the month is computed on the request's own connection instead of failing
 * after the pool's acquisition timeout, with the same figures.
 */
@QuarkusTest
@Tag("persistence")
class MonthlyFiguresConnectionsTest {

    @Inject
    MonthlyFigures figures;

    @Inject
    MonthlyReports reports;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void withNoSecondConnectionFreeTheMonthIsComputedOnOneWithTheSameFigures() throws Exception {
        Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201);
        YearMonth month = reports.currentMonth();
        Map<Channel, MonthlyFigures.Computed> twoConnections = figures.compute(month);
        assertTrue(twoConnections.get(Channel.ADU).figures().received() >= 1, "the complaint just filed is counted");
        int before = figures.singleConnectionRuns();

        int poolSize = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize - 1; i++) {
                held.add(dataSource.getConnection()); // all but the one the computation's transaction takes
            }
            Map<Channel, MonthlyFigures.Computed> oneConnection = figures.compute(month);
            assertEquals(before + 1, figures.singleConnectionRuns(), "the second stream found no connection");
            for (Channel ch : Channel.values()) {
                assertEquals(twoConnections.get(ch).figures(), oneConnection.get(ch).figures(), ch.name());
                assertEquals(twoConnections.get(ch).openCaseIds(), oneConnection.get(ch).openCaseIds(), ch.name());
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        figures.compute(month);
        assertEquals(before + 1, figures.singleConnectionRuns(), "with the pool free again, two connections");
    }
}
