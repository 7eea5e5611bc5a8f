package id.integritas.portal.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.Texts;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The text of a mail, at send time, in the row's locale: subject and sentence from the message bundles
 * ({@code mail.<KIND>.subject}/{@code .body}), the registration number and channel, and a link to sign in (officers)
 * or to the tracking page (reporters). Nothing else of a case is ever read here.
 */
@ApplicationScoped
class MailRenderer {

    public record Rendered(String subject, String html, String text) {
    }

    /** What a mail is about, as the sender found it. */
    record Subject(MailKind kind, String locale, String number, String channelCode, String detail,
            Map<String, String> data) {
    }

    @Inject
    @Location("mail/notice.html")
    Template html;

    @Inject
    @Location("mail/notice.txt")
    Template text;

    @Inject
    PortalConfig config;

    Rendered render(Subject s) {
        Texts t = Texts.of(Locale.forLanguageTag(s.locale()));
        String prefix = "mail." + s.kind().name() + ".";
        String channel = s.channelCode() == null ? null : t.get("channel." + s.channelCode());
        Object[] args = { s.number() == null ? "" : s.number(), channel == null ? "" : channel,
                s.detail() == null ? "" : s.detail() };
        String subject = t.format(prefix + "subject", args);
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("lang", t.lang());
        data.put("subject", subject);
        data.put("greeting", t.get("mail.greeting"));
        data.put("body", t.format(prefix + "body", args));
        data.put("number", s.kind() == MailKind.DECREE_EXPIRING ? null : s.number());
        data.put("numberLabel", t.get("mail.number"));
        data.put("channel", channel);
        data.put("channelLabel", t.get("mail.channel"));
        data.put("link", link(s));
        data.put("linkLabel", t.get(s.kind().audience() == MailKind.Audience.REPORTER ? "mail.linkTracking" : "mail.linkSignIn"));
        data.put("linkHint", t.get("mail.linkHint"));
        data.put("footer", t.get("mail.footer"));
        data.put("office", config.office().name());
        data.put("data", s.data());
        return new Rendered(subject, html.data(data).render(), text.data(data).render());
    }

    /** Officers sign in and land on the case; reporters go to the tracking page (their code is never in a mail). */
    String link(Subject s) {
        String base = baseUrl();
        return switch (s.kind().audience()) {
            case REPORTER -> base + "/lacak";
            case ADMIN -> base + "/masuk?ke=" + URLEncoder.encode("/admin/sk", StandardCharsets.UTF_8);
            case ACCOUNT -> base + "/masuk";
            case OFFICER -> base + "/masuk?ke="
                    + URLEncoder.encode("/petugas/kasus/" + s.number(), StandardCharsets.UTF_8);
        };
    }

    String baseUrl() {
        String base = config.mail().baseUrl().strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The domain part of the stable Message-ID: the host of the base URL. */
    String host() {
        String host = URI.create(baseUrl()).getHost();
        return host == null || host.isBlank() ? "portal-integritas.local" : host;
    }
}
