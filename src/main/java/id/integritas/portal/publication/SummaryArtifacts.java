package id.integritas.portal.publication;

import java.util.List;

/**
 * Renders a public summary into the files that are stored at publication and served as they are (never recomputed
 * per request): the public page, the embeddable variant, the PDF and the 1080×1080 PNG infographic; and the index and
 * yearly pages, which are small and rendered from the stored summaries.
 */
public interface SummaryArtifacts {

    /** The stored files of one published version. */
    record Artifacts(byte[] pageHtml, byte[] embedHtml, byte[] pdf, byte[] png) {
    }

    /**
     * @param summary the version being published
     * @param history every published version of that month up to and including this one, oldest first
     */
    Artifacts render(PublicSummary summary, List<PublishedVersion> history);

    /** /laporan-bulanan: the latest version of every published month, newest first. */
    String indexPage(List<PublicSummary> latestPerMonth);

    /** /laporan-bulanan/{yyyy}: the year's published months (latest versions), oldest first; totals per channel. */
    String yearPage(int year, List<PublicSummary> months);
}
