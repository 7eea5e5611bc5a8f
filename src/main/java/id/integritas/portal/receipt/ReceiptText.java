package id.integritas.portal.receipt;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;

/**
 * The downloadable receipt text, and the comparison of a pasted text with the signed part inside it. Only the
 * signed token is proof; the lines around it are a readable copy that anybody can edit, so a check reports each
 * line that states something other than the signature does, and each line the signature does not cover.
 * The tracking code is never part of the text: it is a secret, and a receipt is meant to be shown to others.
 */
@ApplicationScoped
public class ReceiptText {

    /** The signed facts, by the message key of their label. */
    static final List<String> FACTS = List.of("receipt.registrationNumber", "receipt.channel", "receipt.submittedAt",
            "receipt.digest");
    private static final List<Texts> LOCALES = List.of(Texts.of(Texts.INDONESIAN), Texts.of(Locale.ENGLISH));
    private static final int MAX_LISTED = 20;

    /** A line that states a fact differently from the signature ({@code labelKey} is one of {@link #FACTS}). */
    @io.quarkus.qute.TemplateData
    public record Difference(String labelKey, String field, String stated, String signed) {
    }

    /** The outcome of checking a genuine receipt's text. */
    @io.quarkus.qute.TemplateData
    public record Check(Receipt receipt, List<Difference> differences, List<String> unverifiedLines, int factLines) {

        public boolean consistent() {
            return differences.isEmpty() && unverifiedLines.isEmpty();
        }
    }

    private final ZoneId zone;

    public ReceiptText(PortalConfig config) {
        this.zone = ZoneId.of(config.office().timeZone());
    }

    public String submittedAt(Instant at, Texts t) {
        return OfficeTime.format(at, zone, t.locale());
    }

    public String render(Texts t, String registrationNumber, String channel, Instant submittedAt, String digest,
            String token) {
        return t.get("receipt.textHeader") + "\n" + t.get("receipt.registrationNumber") + ": " + registrationNumber + "\n"
                + t.get("receipt.channel") + ": " + t.get("channel." + channel) + "\n" + t.get("receipt.submittedAt") + ": "
                + submittedAt(submittedAt, t) + " (" + submittedAt + ")\n" + t.get("receipt.digest") + ": " + digest + "\n"
                + t.get("receipt.signed") + ":\n" + token + "\n";
    }

    /** Compares every line of {@code pasted} with the genuine {@code signed} receipt found in it. */
    public Check compare(String pasted, Receipt signed) {
        List<Difference> differences = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        int factLines = 0;
        for (String raw : pasted.split("\\R")) {
            String line = normalize(raw);
            if (line.isEmpty() || line.contains(signed.token()) || fixedText(line)) {
                continue;
            }
            int colon = line.indexOf(':');
            String fact = colon < 0 ? null : factOf(line.substring(0, colon).strip());
            if (fact == null) {
                if (unverified.size() < MAX_LISTED) {
                    // Receipts downloaded before the code was taken out still carry it: never echo it back.
                    boolean code = colon > 0 && LOCALES.stream()
                            .anyMatch(t -> normalize(t.get("receipt.codeTitle")).equalsIgnoreCase(line.substring(0, colon).strip()));
                    unverified.add(code ? line.substring(0, colon) + ": ****" : raw.strip());
                }
                continue;
            }
            factLines++;
            String stated = line.substring(colon + 1).strip();
            if (!accepted(fact, signed).contains(stated.toLowerCase(Locale.ROOT))) {
                differences.add(new Difference(fact, field(fact), stated, signedValue(fact, signed)));
            }
        }
        return new Check(signed, differences, unverified, factLines);
    }

    private static boolean fixedText(String line) {
        return LOCALES.stream().anyMatch(t -> line.equalsIgnoreCase(normalize(t.get("receipt.textHeader")))
                || line.equalsIgnoreCase(normalize(t.get("receipt.signed") + ":")))
                || EARLIER_LABELS.getOrDefault(line.toLowerCase(Locale.ROOT).replaceAll(":$", ""), "").equals("receipt.signed");
    }

    /**
     * Labels that receipts issued before the November 2026 wording review carry, so that a receipt downloaded then
     * is still read line by line (lower case).
     */
    private static final java.util.Map<String, String> EARLIER_LABELS = java.util.Map.of(
            "kanal", "receipt.channel", "sidik isi laporan (sha-256)", "receipt.digest",
            "tanda terima bertanda tangan", "receipt.signed", "fingerprint of the report (sha-256)", "receipt.digest",
            "signed receipt", "receipt.signed");

    private static String factOf(String label) {
        String earlier = EARLIER_LABELS.get(normalize(label).toLowerCase(Locale.ROOT));
        if (earlier != null && FACTS.contains(earlier)) {
            return earlier;
        }
        for (String key : FACTS) {
            for (Texts t : LOCALES) {
                if (normalize(t.get(key)).equalsIgnoreCase(normalize(label))) {
                    return key;
                }
            }
        }
        return null;
    }

    /** The ways a correct line may state the fact (lower case, whitespace normalised). */
    private Set<String> accepted(String fact, Receipt r) {
        Set<String> values = new java.util.HashSet<>();
        switch (fact) {
            case "receipt.registrationNumber" -> values.add(r.registrationNumber());
            case "receipt.channel" -> {
                values.add(r.channel());
                LOCALES.forEach(t -> values.add(t.get("channel." + r.channel())));
            }
            case "receipt.submittedAt" -> {
                values.add(r.submittedAt().toString());
                LOCALES.forEach(t -> {
                    values.add(submittedAt(r.submittedAt(), t));
                    values.add(submittedAt(r.submittedAt(), t) + " (" + r.submittedAt() + ")");
                });
            }
            default -> values.add(r.contentDigest());
        }
        return values.stream().map(v -> normalize(v).toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    private static String signedValue(String fact, Receipt r) {
        return switch (fact) {
            case "receipt.registrationNumber" -> r.registrationNumber();
            case "receipt.channel" -> r.channel();
            case "receipt.submittedAt" -> r.submittedAt().toString();
            default -> r.contentDigest();
        };
    }

    private static String field(String fact) {
        return switch (fact) {
            case "receipt.registrationNumber" -> "registrationNumber";
            case "receipt.channel" -> "channel";
            case "receipt.submittedAt" -> "submittedAt";
            default -> "contentDigest";
        };
    }

    /** Any run of spaces (including the narrow no-break spaces of localized times) as one space. */
    private static String normalize(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
