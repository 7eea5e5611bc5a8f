package id.integritas.portal.reference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.system.web.Option;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The configurable lists, as in force on a date. Read on every form and submission, so they are kept in memory
 * and reloaded at most once a minute: an edit reaches every instance within {@link #MAX_AGE} without a query per
 * request (and without holding a connection outside the storing transaction).
 */
@ApplicationScoped
public class ReferenceLists implements PanacheRepository<ReferenceItem> {

    public static final String SERVICE = "SERVICE";
    public static final String PROBLEM_TYPE = "PROBLEM_TYPE";
    public static final String WBS_CATEGORY = "WBS_CATEGORY";
    public static final String GIFT_OCCASION = "GIFT_OCCASION";
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** One version of an option: what it is from {@code effectiveFrom} until its next version. */
    public record Item(String code, String labelId, String labelEn, int sortOrder, boolean active, LocalDate effectiveFrom) {
    }

    private record Snapshot(Map<String, List<Item>> lists, Instant loadedAt) {
    }

    @Inject
    Clock clock;

    private volatile Snapshot snapshot;

    public List<Option> options(String list, String lang, LocalDate on) {
        List<Item> items;
        try {
            items = inForce(list, on);
        } catch (RuntimeException e) {
            if (!id.integritas.portal.system.api.DatabaseFailures.unavailable(e)) {
                throw e;
            }
            items = List.of(); // a page still renders (and keeps what was typed) while the database is unreachable
        }
        return items.stream().map(i -> new Option(i.code(), "en".equals(lang) ? i.labelEn() : i.labelId())).toList();
    }

    public boolean isActive(String list, String code, LocalDate on) {
        return code != null && inForce(list, on).stream().anyMatch(i -> i.code().equals(code));
    }

    /**
     * The options offered on a day: per code, its latest version that took effect on or before that day, if that
     * version is active; in the list's order.
     */
    public List<Item> inForce(String list, LocalDate on) {
        Map<String, Item> latest = new java.util.HashMap<>();
        for (Item i : items(list)) {
            if (!i.effectiveFrom().isAfter(on)) {
                latest.merge(i.code(), i, (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b);
            }
        }
        return latest.values().stream().filter(Item::active)
                .sorted(Comparator.comparingInt(Item::sortOrder).thenComparing(Item::code)).toList();
    }

    /** Forget the cached lists (after an edit through this instance). */
    public void invalidate() {
        snapshot = null;
    }

    private List<Item> items(String list) {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt().plus(MAX_AGE).isBefore(clock.instant())) {
            try {
                s = load();
                snapshot = s;
            } catch (RuntimeException e) {
                if (s == null || !id.integritas.portal.system.api.DatabaseFailures.unavailable(e)) {
                    throw e;
                }
                // Database unreachable: keep using the last lists until it is back.
            }
        }
        return s.lists().getOrDefault(list, List.of());
    }

    private Snapshot load() {
        Map<String, List<Item>> lists = QuarkusTransaction.requiringNew().call(() -> listAll().stream()
                .collect(Collectors.groupingBy(r -> r.listCode, Collectors.mapping(
                        r -> new Item(r.code, r.labelId, r.labelEn, r.sortOrder, r.active, r.effectiveFrom),
                        Collectors.collectingAndThen(Collectors.toList(), l -> l.stream()
                                .sorted(Comparator.comparingInt(Item::sortOrder).thenComparing(Item::code)).toList())))));
        return new Snapshot(lists, clock.instant());
    }
}
