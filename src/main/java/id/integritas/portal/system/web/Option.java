package id.integritas.portal.system.web;

/** A choice offered in a form (a select or radio option): its code and its label in the reader's language. */
@io.quarkus.qute.TemplateData
public record Option(String code, String label) {
}
