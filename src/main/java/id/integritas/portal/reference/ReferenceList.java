package id.integritas.portal.reference;

import java.util.List;
import java.util.Optional;

/** The configurable lists, and which request fields take a code from each (for API clients and the admin page). */
public enum ReferenceList {
    SERVICE("Services of the office a complaint is about", List.of("ComplaintRequest.serviceCode")),
    PROBLEM_TYPE("Kinds of problem a complaint reports", List.of("ComplaintRequest.problemTypeCode")),
    WBS_CATEGORY("Categories of a whistleblowing tip", List.of("WhistleblowingRequest.categoryCode")),
    GIFT_OCCASION("Occasions of a gratification", List.of("GratificationRequest.occasionCode"));

    public final String description;
    public final List<String> fields;

    ReferenceList(String description, List<String> fields) {
        this.description = description;
        this.fields = fields;
    }

    /** By name, ignoring case ({@code service} or {@code SERVICE}). */
    public static Optional<ReferenceList> named(String name) {
        for (ReferenceList l : values()) {
            if (l.name().equalsIgnoreCase(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
