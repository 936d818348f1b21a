package dev.focal.identity;

/**
 * A new, not yet confirmed authenticator: the base32 secret for typing in and the {@code otpauth://} URI a QR code
 * carries. It becomes active once confirmed with a code it made.
 */
public record AuthenticatorEnrolment(String secret, String otpauthUri) {
}
