package id.integritas.portal.publication.render;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A horizontal bar chart drawn as inline SVG by the templates: each row has its label on one line and its bar with the
 * value under it, so long Indonesian labels never overlap the bars. A suppressed value has no bar (its length would
 * tell the hidden number), only a dashed marker of fixed width and the text "&lt; 3".
 *
 * @param description every value in words, for screen readers (the table beside the chart says the same)
 */
@TemplateData
public record Chart(String id, String title, String description, int width, int height, List<Bar> bars) {

    /** One row: label at {@code labelY}, bar from x=0 at {@code barY}, value text at ({@code valueX}, {@code valueY}). */
    @TemplateData
    public record Bar(String label, String value, int length, int labelY, int barY, int valueX, int valueY, String fill,
            boolean suppressed) {
    }
}
