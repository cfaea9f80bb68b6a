package org.aftercare.sharing;

import org.aftercare.shared.NotFoundException;

/**
 * The client was shared with this recipient before, and the consent that allowed it has been
 * revoked or has ended: the API answers 410 Gone rather than 404, and nothing more is disclosed.
 */
public class NoLongerSharedException extends NotFoundException {
  public NoLongerSharedException() {
    super("Patient (no longer shared: the consent was revoked or has ended)");
  }
}
