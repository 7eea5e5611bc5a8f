package id.integritas.portal.attachment;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("persistence")
class PdfActiveContentTest {

    /** A one-page PDF with every kind of active content the handler copy must lose. */
    static byte[] activePdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.setOpenAction(new PDActionJavaScript("app.alert('open-action-js')"));

            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('document-js')")));
            names.setJavascript(scripts);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("rahasia.txt");
            PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream("embedded-secret".getBytes()));
            spec.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("rahasia.txt", spec));
            names.setEmbeddedFiles(files);
            catalog.setNames(names);

            PDAcroForm form = new PDAcroForm(doc);
            form.getCOSObject().setItem(COSName.XFA, new COSString("<xdp:xdp>xfa-form</xdp:xdp>"));
            catalog.setAcroForm(form);

            PDPageAdditionalActions pageActions = new PDPageAdditionalActions();
            pageActions.setO(new PDActionJavaScript("app.alert('page-open-js')"));
            page.setActions(pageActions);

            PDAnnotationLink link = new PDAnnotationLink();
            PDActionLaunch launch = new PDActionLaunch();
            PDComplexFileSpecification program = new PDComplexFileSpecification();
            program.setFile("calc.exe");
            launch.setFile(program);
            link.setAction(launch);
            page.getAnnotations().add(link);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void assertActive(PDDocument doc, boolean expected) throws Exception {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject();
        COSDictionary names = root.getCOSDictionary(COSName.NAMES);
        COSDictionary acro = root.getCOSDictionary(COSName.ACRO_FORM);
        PDPage page = doc.getPage(0);
        COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        COSDictionary link = annots == null ? null : (COSDictionary) annots.getObject(0);
        assertEquals(expected, root.containsKey(COSName.OPEN_ACTION), "open action");
        assertEquals(expected, names != null && names.containsKey(COSName.JAVA_SCRIPT), "document JavaScript");
        assertEquals(expected, names != null && names.containsKey(COSName.EMBEDDED_FILES), "embedded files");
        assertEquals(expected, acro != null && acro.containsKey(COSName.XFA), "XFA");
        assertEquals(expected, page.getCOSObject().containsKey(COSName.AA), "page additional actions");
        assertEquals(expected, link != null && link.containsKey(COSName.A), "launch action");
    }

    @Test
    void handlerCopyOfAPdfLosesScriptsAutomaticAndLaunchActionsEmbeddedFilesAndXfa() throws Exception {
        byte[] pdf = activePdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertActive(doc, true); // the test PDF really has it all
        }
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        body.put("attachments", List.of(Map.of("fileName", "aktif.pdf", "contentBase64", Base64.getEncoder().encodeToString(pdf))));
        String number = Fixtures.json().body(body).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        StoredFiles stored = StoredFiles.of(number).get(0);
        assertEquals("application/pdf", stored.mediaType());
        try (PDDocument original = Loader.loadPDF(stored.original())) {
            assertActive(original, true); // the sealed original is evidence, untouched
        }
        try (PDDocument copy = Loader.loadPDF(stored.handlerCopy())) {
            assertEquals(1, copy.getNumberOfPages());
            assertActive(copy, false);
        }
        assertFalse(TestFiles.contains(stored.handlerCopy(), "embedded-secret"));
        assertFalse(TestFiles.contains(stored.handlerCopy(), "calc.exe"));
    }
}
