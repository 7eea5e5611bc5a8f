package id.integritas.portal.evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.campaign.CampaignAdmin;
import id.integritas.portal.campaign.RegisterCampaign;
import id.integritas.portal.campaign.RegisterCoverage;

/**
 * The conflict-of-interest register campaign of each year the period touches: coverage per unit (employees, those who
 * filed the annual register, percentage), as it stands on the day of the export, with the campaign's dates.
 */
@ApplicationScoped
public class CampaignSection implements EvidenceSource {

    @Inject
    CampaignAdmin campaigns;

    @Inject
    RegisterCoverage coverage;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void contribute(EvidenceRequest r, EvidenceSink sink) throws IOException {
        for (int year = r.from().getYear(); year <= r.to().getYear(); year++) {
            Optional<RegisterCampaign> campaign = campaigns.byYear(year);
            RegisterCoverage.Coverage c = coverage.coverage(year, new RegisterCoverage.Scope(null));
            List<List<Object>> rows = new ArrayList<>();
            for (RegisterCoverage.UnitCoverage u : c.units()) {
                rows.add(row(u.unitCode() == null ? "(tanpa unit)" : u.unitCode(), u));
            }
            rows.add(row("total", c.total()));
            String about = campaign.map(k -> "kampanye dibuka " + k.openedOn + ", tenggat " + k.dueOn)
                    .orElse("belum ada kampanye yang dibuka untuk tahun ini");
            sink.add("konflik-kepentingan/daftar-kepentingan-" + year + "-cakupan.csv", AssessmentItem.BKP_IMPLEMENTATION,
                    "Cakupan pengisian daftar kepentingan tahun " + year + " per unit, per tanggal unduh " + r.today() + " ("
                            + about + ")", Csv.of(List.of("unit", "employees", "filed", "percent"), rows));
        }
    }

    private static List<Object> row(String unit, RegisterCoverage.UnitCoverage u) {
        return List.of(unit, u.employees(), u.filed(), u.percent() == null ? "" : u.percent());
    }
}
