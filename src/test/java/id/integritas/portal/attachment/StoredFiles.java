package id.integritas.portal.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import id.integritas.portal.casefile.CaseRepository;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the store holds for a case, decrypted through the real store. */
record StoredFiles(String fileName, String mediaType, boolean originalKept, byte[] original, byte[] handlerCopy) {

    static List<StoredFiles> of(String registrationNumber) {
        var store = Arc.container().instance(AttachmentStore.class).get();
        var repo = Arc.container().instance(AttachmentRepository.class).get();
        var cases = Arc.container().instance(CaseRepository.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            var c = cases.findByRegistrationNumber(registrationNumber).orElseThrow();
            List<StoredFiles> files = new ArrayList<>();
            for (Attachment a : repo.ofCase(c.id)) {
                byte[] original = store.openOriginal(a).map(StoredFiles::readAll).orElse(null);
                files.add(new StoredFiles(store.fileName(a), a.mediaType, a.originalKept, original, store.handlerCopy(a)));
            }
            return files;
        });
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
