package id.integritas.portal.reference;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** The configurable lists, as in force on a date. */
@ApplicationScoped
public class ReferenceLists implements PanacheRepository<ReferenceItem> {

    public static final String SERVICE = "SERVICE";
    public static final String PROBLEM_TYPE = "PROBLEM_TYPE";
    public static final String WBS_CATEGORY = "WBS_CATEGORY";
    public static final String GIFT_OCCASION = "GIFT_OCCASION";

    @io.quarkus.qute.TemplateData
    public record Option(String code, String label) {
    }

    public List<Option> options(String list, String lang, LocalDate on) {
        return find("listCode = ?1 and active = true and effectiveFrom <= ?2", Sort.by("sortOrder").and("code"), list, on)
                .stream().map(i -> new Option(i.code, i.label(lang))).toList();
    }

    public boolean isActive(String list, String code, LocalDate on) {
        return code != null && count("listCode = ?1 and code = ?2 and active = true and effectiveFrom <= ?3", list, code, on) > 0;
    }
}
