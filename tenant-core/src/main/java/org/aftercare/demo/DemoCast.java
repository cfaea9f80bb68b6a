package org.aftercare.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aftercare.clients.Client;
import org.aftercare.groups.RecoveryGroup;

/**
 * Who a demo clinic's history is about: its clients in the order {@link DemoClinics} lists them
 * (the first has the portal account, the second is the one slipping), the clinician who leads the
 * SMART group, the peer mentor who leads the 12-step circle and mentors the first three clients.
 */
record DemoCast(
    ZoneId zone,
    List<Client> clients,
    UUID portalAccount,
    UUID clinician,
    UUID mentor,
    RecoveryGroup smart,
    RecoveryGroup circle) {

  static final int PORTAL_CLIENT = 0;
  static final int SLIPPING_CLIENT = 1;
  static final int MENTEES = 3;

  Client portalClient() {
    return clients.get(PORTAL_CLIENT);
  }

  Client slipping() {
    return clients.get(SLIPPING_CLIENT);
  }

  /** The client's place in the demo's list, by id: rows read back are other instances. */
  int indexOf(Client client) {
    for (int i = 0; i < clients.size(); i++) {
      if (clients.get(i).getId().equals(client.getId())) {
        return i;
      }
    }
    throw new IllegalArgumentException("Not a client of this demo clinic: " + client.getId());
  }

  /** The client asking for support right now: nobody's mentee, so no test's mentor sees them. */
  Client asking() {
    return clients.getLast();
  }
}
