package id.integritas.portal.routing;

import java.util.List;
import java.util.Objects;

/**
 * The free-text fields of a report that may name people (person reported; giver's name and organisation; each
 * "who" person's name and unit; a conflict-of-interest related party), and the related parties the filer declares
 * about themself (conflict-of-interest channel only). Plain text: routing hashes it and never stores it.
 */
public record NamedPeople(List<String> fields, List<String> declaredParties) {

    public static final NamedPeople NONE = new NamedPeople(List.of(), List.of());

    public NamedPeople {
        fields = fields == null ? List.of() : fields.stream().filter(Objects::nonNull).toList();
        declaredParties = declaredParties == null ? List.of() : declaredParties.stream().filter(Objects::nonNull).toList();
    }

    public static NamedPeople of(List<String> fields) {
        return new NamedPeople(fields, List.of());
    }

    /** Report content that names people implements this; intake hands the result to {@link IntakeRouting}. */
    public interface Source {
        NamedPeople namedPeople();
    }
}
