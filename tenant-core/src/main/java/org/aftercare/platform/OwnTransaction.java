package org.aftercare.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * Runs work in a new transaction of its own, so that a clinic's upkeep commits or fails alone and
 * its connection carries only that clinic's {@code app.tenant_id}.
 */
@ApplicationScoped
public class OwnTransaction {

  @Transactional(TxType.REQUIRES_NEW)
  public <T> T run(Supplier<T> work) {
    return work.get();
  }
}
