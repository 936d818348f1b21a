/**
 * Customer accounts of the storefront: sign-up, sign-in credentials, password reset; and their prescriptions
 * (the customer's own in {@link dev.focal.customers.MyPrescriptions}, the opticians' desk in
 * {@link dev.focal.customers.PrescriptionDesk}, documents and signed links in
 * {@link dev.focal.customers.PrescriptionDocuments}): wearers on an account, spectacle and contact-lens prescriptions
 * with insert-only versions, uploaded documents, verification, the expiry policy per jurisdiction. Prescription
 * values and documents are encrypted at rest and every staff read is audited (docs/prescriptions.md, ADR 0012).
 * Later: addresses and consents. Owns customer PII and the rules for reading it.
 *
 * <p>Events, published in the writing transaction:
 * <ul>
 *   <li>{@link dev.focal.customers.CustomerRegistered}: an account was opened</li>
 *   <li>{@link dev.focal.customers.CustomerPasswordResetRequested}: a reset link is to be e-mailed</li>
 *   <li>{@link dev.focal.customers.PrescriptionVerified} ("customers.rx.verified"): a prescription became
 *       verified</li>
 * </ul>
 */
@ApplicationModule
@NullMarked
package dev.focal.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
