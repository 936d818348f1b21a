package dev.focal.notifications;

import dev.focal.customers.CustomerId;
import dev.focal.customers.PasswordResetLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Mints the token of a message's one-time link just before the message goes out. */
@Component
class OneTimeLinks {

    private final PasswordResetLinks passwordResets;

    OneTimeLinks(PasswordResetLinks passwordResets) {
        this.passwordResets = passwordResets;
    }

    /**
     * The e-mail as it is to be sent: the masked token replaced by a fresh one (stored as a hash, committed);
     * empty when the link cannot be minted any more (the account is gone).
     */
    Optional<RenderedEmail> reveal(RenderedEmail stored, OneTimeLink link) {
        if (!OneTimeLink.PASSWORD_RESET.equals(link.kind())) {
            throw new IllegalStateException("Unknown one-time link kind " + link.kind());
        }
        return passwordResets.issue(new CustomerId(link.subject())).map(issued -> new RenderedEmail(stored.kind(),
                stored.recipient(), stored.subject(), stored.text().replace(EmailTemplates.MASK, issued.token()),
                stored.html() == null ? null : stored.html().replace(EmailTemplates.MASK, issued.token()),
                stored.attachment()));
    }
}
