package id.integritas.portal.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.i18n.Texts;

/**
 * What account administration shows of SK teams, implemented by the {@code team} package (which depends on
 * accounts, so accounts name only this interface).
 */
public interface TeamDirectory {

    /** Per account id, the channels of the SK teams it is a member of today (one query). */
    Map<Long, Set<Channel>> channelsInForce(Collection<Long> accountIds);

    /** One sentence per SK in force that ends within the warning period, in the reader's language. */
    List<String> expiryWarnings(Texts t);
}
