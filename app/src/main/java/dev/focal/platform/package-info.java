/**
 * How the process runs: database (external or embedded PostgreSQL), configuration from {@code FOCAL_*}
 * variables, logging with correlation IDs, method security, jobs monitoring and the actuator chain.
 */
@ApplicationModule
@NullMarked
package dev.focal.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
