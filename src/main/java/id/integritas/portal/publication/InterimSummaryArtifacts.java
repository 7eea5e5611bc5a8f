package id.integritas.portal.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Placeholder renderer until the real one (helper branch "pubrender") is merged: plain, valid HTML pages and EMPTY
 * PDF/PNG (served as 404). The lead deletes this class at merge; nothing may depend on it by name.
 */
@io.quarkus.arc.DefaultBean
@ApplicationScoped
public class InterimSummaryArtifacts implements SummaryArtifacts {

    @Override
    public Artifacts render(PublicSummary summary, List<PublishedVersion> history) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Ringkasan publik bulan ").append(esc(summary.month())).append(" (versi ").append(summary.version())
                .append(")</h1>\n<table><thead><tr><th scope=\"col\">Kanal</th><th scope=\"col\">Diterima</th>"
                        + "<th scope=\"col\">Selesai</th><th scope=\"col\">Dalam proses</th></tr></thead><tbody>\n");
        summary.channels().forEach((ch, c) -> body.append("<tr><th scope=\"row\">").append(esc(ch)).append("</th><td>")
                .append(esc(c.received().display())).append("</td><td>").append(esc(c.finished().display())).append("</td><td>")
                .append(esc(c.inProcess().display())).append("</td></tr>\n"));
        body.append("</tbody></table>\n<h2>Riwayat versi</h2>\n<ul>\n");
        for (PublishedVersion v : history) {
            body.append("<li>Versi ").append(v.version()).append(", ").append(v.publishedAt())
                    .append(v.correctionReason() == null ? "" : ": " + esc(v.correctionReason())).append(" (SHA-256 ")
                    .append(v.sha256()).append(")</li>\n");
        }
        body.append("</ul>\n");
        byte[] page = html("Laporan bulanan " + summary.month(), body.toString());
        return new Artifacts(page, page.clone(), new byte[0], new byte[0]);
    }

    @Override
    public String indexPage(List<PublicSummary> latestPerMonth) {
        StringBuilder body = new StringBuilder("<h1>Laporan bulanan</h1>\n<ul>\n");
        for (PublicSummary s : latestPerMonth) {
            String[] ym = s.month().split("-");
            body.append("<li><a href=\"/laporan-bulanan/").append(ym[0]).append('/').append(ym[1]).append("\">")
                    .append(esc(s.month())).append("</a> (versi ").append(s.version()).append(")</li>\n");
        }
        body.append("</ul>\n");
        return new String(html("Laporan bulanan", body.toString()), StandardCharsets.UTF_8);
    }

    @Override
    public String yearPage(int year, List<PublicSummary> months) {
        StringBuilder body = new StringBuilder("<h1>Laporan bulanan tahun ").append(year).append("</h1>\n<ul>\n");
        for (PublicSummary s : months) {
            String[] ym = s.month().split("-");
            body.append("<li><a href=\"/laporan-bulanan/").append(ym[0]).append('/').append(ym[1]).append("\">")
                    .append(esc(s.month())).append("</a></li>\n");
        }
        body.append("</ul>\n");
        return new String(html("Laporan bulanan " + year, body.toString()), StandardCharsets.UTF_8);
    }

    private static byte[] html(String title, String body) {
        return ("<!DOCTYPE html>\n<html lang=\"id\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title></head>\n<body><main>\n"
                + body + "</main></body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
