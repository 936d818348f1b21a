package dev.focal.optics;

import java.util.List;

/** A prescription for one person: for spectacles or for contact lenses (which never make glasses). */
public sealed interface OpticalRx permits SpectacleRx, ContactLensRx {

    /** Legal but unusual values, worth a second look; never a reason to refuse. */
    List<RxWarning> warnings();
}
