package org.aftercare.shared;

import java.util.List;
import java.util.Optional;

/**
 * A refusal the portal can say in its reader's language: a message key from the portal's bundles
 * and the arguments for its {@code {0}}, {@code {1}}; {@link #getMessage()} says the same in
 * English for logs and the REST API.
 */
public interface Worded {

  Optional<String> messageKey();

  List<Object> arguments();

  String getMessage();
}
