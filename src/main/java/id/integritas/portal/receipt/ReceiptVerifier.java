package id.integritas.portal.receipt;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.integritas.portal.casefile.CaseRepository;

/**
 * A receipt is genuine when the portal's signature holds and a stored report has the same number and digest.
 * Accepts the whole downloaded receipt text or just the signed token in it.
 */
@ApplicationScoped
public class ReceiptVerifier {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");

    @Inject
    ReceiptSigner signer;

    @Inject
    CaseRepository cases;

    @Inject
    ReceiptText receiptText;

    /** {@link #verify} plus how the text around the signed part compares with it. */
    @Transactional
    public Optional<ReceiptText.Check> check(String text) {
        return verify(text).map(r -> receiptText.compare(text, r));
    }

    @Transactional
    public Optional<Receipt> verify(String text) {
        if (text == null || text.length() > 20_000) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return signer.verify(m.group()).filter(r -> cases.findByRegistrationNumber(r.registrationNumber())
                .map(c -> c.contentDigest.equals(r.contentDigest()) && c.digestVersion == r.digestVersion()
                        && c.channel.name().equals(r.channel()))
                .orElse(false));
    }
}
