package dev.focal.notifications;

import dev.focal.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One outgoing e-mail, rendered when queued so the log shows exactly what was (or would be) sent. */
@Entity
@Table(name = "notification_message")
class NotificationMessage {

    @Id
    private UUID id;
    /** What caused the message, e.g. {@code welcome:<customer>}: the same cause never sends twice. */
    @Column(name = "dedup_key", nullable = false, unique = true, updatable = false)
    private String dedupKey;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(nullable = false, updatable = false)
    private String recipient;
    @Column(nullable = false, updatable = false)
    private String subject;
    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;
    @Column(name = "body_html", updatable = false)
    private @Nullable String bodyHtml;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "processed_at")
    private @Nullable Instant processedAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "last_error")
    private @Nullable String lastError;
    @Column(name = "attachment_name", updatable = false)
    private @Nullable String attachmentName;
    @Column(name = "attachment_type", updatable = false)
    private @Nullable String attachmentType;
    @Column(name = "attachment_content", updatable = false)
    private byte @Nullable [] attachmentContent;
    /** When a job took the message to hand it to SMTP (status SENDING). */
    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;
    @Column(name = "link_kind", updatable = false)
    private @Nullable String linkKind;
    @Column(name = "link_subject", updatable = false)
    private @Nullable UUID linkSubject;

    protected NotificationMessage() {
    }

    NotificationMessage(String dedupKey, RenderedEmail email, Instant now) {
        this(dedupKey, email, null, now);
    }

    /** A message with a one-time link: {@code email} shows the link masked, the token is minted at sending. */
    NotificationMessage(String dedupKey, RenderedEmail email, @Nullable OneTimeLink link, Instant now) {
        if (link != null && !email.text().contains(EmailTemplates.MASK)) {
            throw new IllegalArgumentException("A message with a one-time link stores it masked.");
        }
        this.id = Ids.newId();
        if (link != null) {
            this.linkKind = link.kind();
            this.linkSubject = link.subject();
        }
        this.dedupKey = dedupKey;
        this.kind = email.kind();
        this.recipient = email.recipient();
        this.subject = email.subject();
        this.bodyText = email.text();
        this.bodyHtml = email.html();
        this.status = MessageStatus.PENDING;
        this.createdAt = now;
        if (email.attachment() != null) {
            this.attachmentName = email.attachment().name();
            this.attachmentType = email.attachment().contentType();
            this.attachmentContent = email.attachment().content();
        }
    }

    /** Waiting, or failed and being retried by an admin; sent and logged messages never go out twice. */
    boolean isDeliverable() {
        return status == MessageStatus.PENDING || status == MessageStatus.FAILED;
    }

    /** Stable across attempts, so a receiving server (and the supplier) can tell a repeat from a new message. */
    String messageIdHeader(String domain) {
        return "<" + id + "@" + domain + ">";
    }

    @Nullable OneTimeLink oneTimeLink() {
        return linkKind == null || linkSubject == null ? null : new OneTimeLink(linkKind, linkSubject);
    }

    MessageStatus status() {
        return status;
    }

    /** Sent: the attempt was counted when the message was claimed ({@link NotificationMessageRepository#claim}). */
    void sent(Instant now) {
        status = MessageStatus.SENT;
        processedAt = now;
        lastError = null;
    }

    void logged(Instant now) {
        attempts++;
        status = MessageStatus.LOGGED;
        processedAt = now;
    }

    /**
     * An attempt that SMTP did not accept (counted when claimed); {@code finalAttempt} gives up, otherwise the
     * message waits for the job's next try.
     */
    void failed(String error, Instant now, boolean finalAttempt) {
        lastError = abbreviate(error);
        status = finalAttempt ? MessageStatus.FAILED : MessageStatus.PENDING;
        processedAt = finalAttempt ? now : null;
    }

    /** Handed back unsent (the SMTP circuit is open): waits, and the attempt does not count. */
    void released() {
        attempts = Math.max(0, attempts - 1);
        status = MessageStatus.PENDING;
    }

    /** The attempt stopped where SMTP may have accepted the message: not sent again without a person. */
    void uncertain(String error, Instant now) {
        lastError = abbreviate(error);
        status = MessageStatus.UNCERTAIN;
        processedAt = now;
    }

    private static String abbreviate(String error) {
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    UUID id() {
        return id;
    }

    int attempts() {
        return attempts;
    }

    RenderedEmail email() {
        RenderedEmail.Attachment attachment = attachmentName == null || attachmentContent == null ? null
                : new RenderedEmail.Attachment(attachmentName,
                        attachmentType == null ? "application/octet-stream" : attachmentType, attachmentContent);
        return new RenderedEmail(kind, recipient, subject, bodyText, bodyHtml, attachment);
    }

    MessageView toView() {
        return new MessageView(id, kind, recipient, subject, bodyText, status, createdAt, processedAt, attempts,
                lastError, attachmentName, attachmentContent == null ? 0 : attachmentContent.length);
    }
}
