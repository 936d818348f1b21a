package dev.focal.notifications;

import jakarta.mail.SendFailedException;
import jakarta.mail.MessagingException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Sorts an SMTP failure by what it says about the message: known not accepted (and worth another try, or
 * not), or unknown (the server may have accepted it). Only the first kind is ever retried, so a message is
 * sent at most once. Spring's {@code JavaMailSenderImpl} reports a failed connection (nothing sent) as a
 * {@link MailSendException} with a cause, and a failure of the message itself in its failed-messages map.
 */
final class SmtpFailures {

    /** What a failure tells about the message. */
    enum Outcome {
        /** Not accepted, and a later try may work (no connection, a 4xx reply). */
        NOT_SENT_TRANSIENT,
        /** Not accepted, and trying again will not help (a 5xx reply, a malformed message). */
        NOT_SENT_PERMANENT,
        /** The server may have accepted the message (the connection broke after the data went out). */
        UNKNOWN
    }

    private SmtpFailures() {
    }

    static Outcome classify(Throwable failure) {
        if (failure instanceof MailAuthenticationException) {
            return Outcome.NOT_SENT_TRANSIENT;
        }
        if (failure instanceof MailPreparationException) {
            return Outcome.NOT_SENT_PERMANENT;
        }
        if (failure instanceof MailSendException send) {
            if (send.getCause() != null && !send.getFailedMessages().isEmpty()) {
                return Outcome.NOT_SENT_TRANSIENT;
            }
            Outcome outcome = Outcome.UNKNOWN;
            for (Exception each : send.getFailedMessages().values()) {
                outcome = refusal(each);
            }
            return outcome;
        }
        return Outcome.UNKNOWN;
    }

    static boolean retryable(Throwable failure) {
        return classify(failure) == Outcome.NOT_SENT_TRANSIENT;
    }

    /**
     * A reply of the server that refused the message: nothing was accepted. Jakarta Mail's SMTP exceptions
     * (a {@link SendFailedException}, maybe with the refused addresses chained) carry the reply as their message,
     * which starts with its code.
     */
    private static Outcome refusal(Exception failure) {
        if (!(failure instanceof SendFailedException refused)) {
            return Outcome.UNKNOWN;
        }
        Exception reply = refused;
        while (reply instanceof MessagingException messaging && replyCode(messaging) < 0
                && messaging.getNextException() != null) {
            reply = messaging.getNextException();
        }
        return transientCode(reply instanceof MessagingException m ? replyCode(m) : -1);
    }

    private static int replyCode(MessagingException e) {
        String message = e.getMessage();
        if (message == null || message.length() < 3 || !message.substring(0, 3).chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(message.substring(0, 3));
    }

    private static Outcome transientCode(int code) {
        return code >= 400 && code < 500 ? Outcome.NOT_SENT_TRANSIENT : Outcome.NOT_SENT_PERMANENT;
    }
}
