package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aftercare.access.ApiScope;
import org.aftercare.access.Caller;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.sharing.NoLongerSharedException;
import org.aftercare.sharing.PulledRecords;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * What every resource provider does around the core: the token's scope for the resource type, the
 * core's refusals as FHIR's (404 alike for "never" and "another clinic's", 410 for a consent that
 * ended, 400 for bad input), the default period, and offset paging.
 */
final class Reads {

  static final int DEFAULT_COUNT = 50;
  static final int MAX_COUNT = 500;

  /** A read with no date covers the last 90 days. */
  static final int DEFAULT_DAYS = 90;

  private final Caller caller;
  final PulledRecords records;

  Reads(Caller caller, PulledRecords records) {
    this.caller = caller;
    this.records = records;
  }

  void requireScope(ApiScope scope) {
    if (!caller.requireApiClient().scopes().contains(scope.value())) {
      throw new ForbiddenOperationException(
          "The token does not carry " + scope.value() + "; ask for it at the token endpoint.");
    }
  }

  /** Runs a read of the core with its refusals said in FHIR's terms. */
  static <T> T translated(Supplier<T> read) {
    try {
      return read.get();
    } catch (NoLongerSharedException gone) {
      throw new ResourceGoneException(gone.getMessage());
    } catch (NotFoundException notFound) {
      throw new ResourceNotFoundException(notFound.getMessage());
    } catch (InvalidInputException invalid) {
      throw new InvalidRequestException(invalid.getMessage());
    } catch (ForbiddenException forbidden) {
      throw new ForbiddenOperationException(forbidden.getMessage());
    }
  }

  /** A read of one client over a period. */
  interface PeriodRead<T> {
    List<T> of(UUID clientId, LocalDate from, LocalDate to);
  }

  /**
   * A search by {@code patient} over the period its {@code date} names: what the core returns, or
   * nothing for a patient that is not ours or not shared (now).
   */
  <T> List<T> ofPatient(ReferenceParam patient, DateRangeParam date, PeriodRead<T> read) {
    LocalDate[] days = period(date);
    return ofPatient(patient, clientId -> read.of(clientId, days[0], days[1]));
  }

  /** A search by {@code patient}: what the core returns, or nothing for a patient not shared. */
  static <T> List<T> ofPatient(ReferenceParam patient, Function<UUID, List<T>> read) {
    Optional<UUID> clientId;
    try {
      clientId = Optional.of(UUID.fromString(patient.getIdPart()));
    } catch (IllegalArgumentException | NullPointerException notOurs) {
      return List.of();
    }
    try {
      return translated(() -> read.apply(clientId.get()));
    } catch (ResourceNotFoundException | ResourceGoneException notShared) {
      return List.of();
    }
  }

  static UUID id(String idPart, String type) {
    try {
      return UUID.fromString(idPart);
    } catch (IllegalArgumentException | NullPointerException notOurs) {
      throw new ResourceNotFoundException(type + "/" + idPart + " not found");
    }
  }

  /** The days a {@code date} parameter covers, by default the last {@value #DEFAULT_DAYS}. */
  LocalDate[] period(DateRangeParam date) {
    LocalDate today = records.today();
    LocalDate from = today.minusDays(DEFAULT_DAYS - 1L);
    LocalDate to = today;
    if (date != null) {
      if (date.getLowerBound() != null && date.getLowerBound().getValueAsString() != null) {
        from = day(date.getLowerBound().getValueAsString());
      }
      if (date.getUpperBound() != null && date.getUpperBound().getValueAsString() != null) {
        to = day(date.getUpperBound().getValueAsString());
      }
    }
    return new LocalDate[] {from, to};
  }

  private static LocalDate day(String value) {
    try {
      return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    } catch (RuntimeException notADay) {
      throw new InvalidRequestException("Give dates as YYYY-MM-DD: " + value);
    }
  }

  static int count(Integer count) {
    if (count == null) {
      return DEFAULT_COUNT;
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new InvalidRequestException("_count is between 1 and " + MAX_COUNT + ".");
    }
    return count;
  }

  static int offset(Integer offset) {
    if (offset != null && offset < 0) {
      throw new InvalidRequestException("_offset is 0 or more.");
    }
    return offset == null ? 0 : offset;
  }

  /** One page already cut by the core, with the total for HAPI's next and previous links. */
  static SimpleBundleProvider page(
      List<? extends IBaseResource> resources, int total, int offset, int count) {
    var provider = new SimpleBundleProvider(resources);
    provider.setSize(total);
    provider.setCurrentPageOffset(offset);
    provider.setCurrentPageSize(count);
    return provider;
  }

  /** A page cut here from the whole list (the reads of one patient are few). */
  static SimpleBundleProvider page(
      List<? extends IBaseResource> all, Integer offset, Integer count) {
    int from = offset(offset);
    int size = count(count);
    List<? extends IBaseResource> slice =
        all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
    return page(slice, all.size(), from, size);
  }
}
