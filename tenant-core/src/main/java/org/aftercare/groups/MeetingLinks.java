package org.aftercare.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.tenancy.ClinicSettings;

/**
 * Where a session meets: the link pasted for that session, else the group's own link, else the
 * clinic's template with {@code {group}} and {@code {session}} filled in.
 */
@ApplicationScoped
public class MeetingLinks {

  @Inject ClinicSettingsService settings;

  public Optional<String> of(GroupSession session) {
    return session
        .ownMeetingLink()
        .or(() -> Optional.ofNullable(session.getGroup().getMeetingLink()))
        .or(() -> fromTemplate(settings.current(), session));
  }

  private static Optional<String> fromTemplate(ClinicSettings clinic, GroupSession session) {
    return Optional.ofNullable(clinic.videoLinkTemplate())
        .map(
            template ->
                template
                    .replace("{group}", session.getGroup().getId().toString())
                    .replace("{session}", session.getId().toString()));
  }
}
