/**
 * Small value objects every context may use (identifiers, e-mail addresses, password rules) and the four kinds
 * of failure every context's exceptions extend ({@link dev.focal.shared.InvalidInput}, {@link
 * dev.focal.shared.NotFound}, {@link dev.focal.shared.ChangedBySomeoneElse}, {@link dev.focal.shared.Refused});
 * no services.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.focal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
