package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.aftercare.access.ApiScope;
import org.aftercare.integrations.fhir.PulledResources;
import org.aftercare.sharing.Disclosures;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;

/**
 * The clinic's recovery groups that have members shared with the calling EHR, listing only those
 * members; a group with none is not found. {@code Group/[id]/$export} starts from here.
 */
final class GroupProvider extends ReadOnlyProvider<Group> {

  GroupProvider(Reads reads) {
    super(reads, Group.class);
  }

  @Read
  public Group read(@IdParam IdType id) {
    reads.requireScope(ApiScope.GROUP);
    var groupId = Reads.id(id.getIdPart(), "Group");
    return groups().stream()
        .filter(group -> group.getIdPart().equals(groupId.toString()))
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public IBundleProvider search() {
    reads.requireScope(ApiScope.GROUP);
    return Reads.page(groups(), 0, Reads.MAX_COUNT);
  }

  private List<Group> groups() {
    String notice = Disclosures.redisclosureNotice();
    return Reads.translated(() -> reads.records.groups()).stream()
        .map(group -> PulledResources.group(group, notice))
        .toList();
  }
}
