package id.integritas.portal.attachment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Removes what a PDF can do on its own: JavaScript (document-level and in actions), automatic actions (open
 * action, additional actions of document, pages, annotations and fields), launch and other outward actions,
 * embedded files and XFA forms. Walks every object reachable from the trailer, so nothing hides in an
 * unexpected place; what is no longer referenced is not written by the next save.
 */
final class PdfActiveContent {

    /** Action types that run code, open programs or files, or send data out. */
    private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "GoToR", "GoToE", "Rendition", "RichMediaExecute", "Sound", "Movie");

    private static final List<COSName> ALWAYS_REMOVED = List.of(COSName.OPEN_ACTION, COSName.AA, COSName.JAVA_SCRIPT,
            COSName.EMBEDDED_FILES, COSName.XFA, COSName.EF, COSName.getPDFName("RichMediaContent"));

    private PdfActiveContent() {
    }

    static void remove(PDDocument doc) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<COSBase> todo = new ArrayList<>();
        todo.add(doc.getDocument().getTrailer());
        while (!todo.isEmpty()) {
            COSBase next = todo.remove(todo.size() - 1);
            COSBase base = next instanceof COSObject o ? o.getObject() : next;
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dict) {
                clean(dict);
                for (COSBase value : dict.getValues()) {
                    todo.add(value);
                }
            } else if (base instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.add(array.get(i));
                }
            }
        }
    }

    private static void clean(COSDictionary dict) {
        for (COSName key : ALWAYS_REMOVED) {
            dict.removeItem(key);
        }
        // An action (or a chain of them) that is active goes; a link's harmless GoTo/URI stays.
        for (COSName key : List.of(COSName.A, COSName.NEXT)) {
            if (active(dict.getDictionaryObject(key))) {
                dict.removeItem(key);
            }
        }
        if (COSName.getPDFName("FileAttachment").equals(dict.getCOSName(COSName.SUBTYPE))) {
            dict.removeItem(COSName.FS);
        }
    }

    private static boolean active(COSBase action) {
        if (action instanceof COSDictionary a) {
            COSName type = a.getCOSName(COSName.S);
            return type != null && ACTIVE_ACTIONS.contains(type.getName());
        }
        if (action instanceof COSArray chain) {
            for (int i = 0; i < chain.size(); i++) {
                if (active(chain.getObject(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
