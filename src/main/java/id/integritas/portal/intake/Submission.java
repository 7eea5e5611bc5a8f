package id.integritas.portal.intake;

import java.util.List;
import java.util.function.Consumer;

import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.WorkflowStatus;

/**
 * A validated report ready to store: the structured columns (set by {@code columns}), the content and identity
 * to encrypt, and the checked attachments. {@code keepOriginals} is the tipster's explicit choice to keep the
 * untouched originals of an anonymous report ({@link #keepsOriginals()}).
 */
public record Submission(Channel channel, IdentityMode identityMode, IntakeMedium medium, WorkflowStatus initialStatus,
        Consumer<ReportCase> columns, Object content, Object identity, List<AttachmentStore.Prepared> attachments,
        boolean keepOriginals) {

    public Submission(Channel channel, IdentityMode identityMode, IntakeMedium medium, WorkflowStatus initialStatus,
            Consumer<ReportCase> columns, Object content, Object identity, List<AttachmentStore.Prepared> attachments) {
        this(channel, identityMode, medium, initialStatus, columns, content, identity, attachments, false);
    }

    /** Anonymous reports keep only the metadata-free copy unless the reporter asked to keep the originals. */
    public boolean keepsOriginals() {
        return identityMode.keepsOriginals() || keepOriginals;
    }
}
