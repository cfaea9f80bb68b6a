package org.aftercare.clinics;

import java.util.UUID;

/**
 * A clinic has just been registered: fired inside the new clinic, so that features which give every
 * clinic a start (the library's example worksheets) add it without the clinics feature knowing
 * them.
 */
public record ClinicRegistered(UUID clinicId) {}
