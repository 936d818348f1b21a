/**
 * Small value objects every context may use (identifiers, e-mail addresses, password rules); no services.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.focal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
