package id.integritas.portal.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/** Anyone may read the lists, so API clients can learn the codes a report takes. */
@Path("/api/v1/reference-lists")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference lists", description = "The codes that report fields take (services, problem types, ...)")
public class ReferenceListsApi {

    public record ListView(String name, String description, List<String> usedBy, String href) {
        static ListView of(ReferenceList l) {
            return new ListView(l.name(), l.description, l.fields, "/api/v1/reference-lists/" + l.name());
        }
    }

    public record OptionView(String code, String labelId, String labelEn) {
    }

    public record OptionsView(String name, LocalDate on, List<OptionView> options) {
    }

    @Inject
    ReferenceLists lists;

    @Inject
    ReferenceListAdmin admin;

    @GET
    @Operation(summary = "Name the reference lists and the request fields that take their codes")
    public List<ListView> lists() {
        return Arrays.stream(ReferenceList.values()).map(ListView::of).toList();
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "The options of one list in force today, or on the date given as ?on=YYYY-MM-DD")
    public OptionsView options(@PathParam("name") String name, @QueryParam("on") String on) {
        ReferenceList list = ReferenceList.named(name).orElseThrow(ApiProblemException::notFound);
        LocalDate day = day(on);
        return new OptionsView(list.name(), day, lists.inForce(list.name(), day).stream()
                .map(i -> new OptionView(i.code(), i.labelId(), i.labelEn())).toList());
    }

    private LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return admin.today();
        }
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(new FieldError("on", "date_format"));
        }
    }
}
