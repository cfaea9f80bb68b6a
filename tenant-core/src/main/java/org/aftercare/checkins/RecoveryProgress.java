package org.aftercare.checkins;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the client's home shows about their recovery: days since the recovery start date, the next
 * milestone and one reached in the last {@value RecoveryMilestones#RECENT_DAYS} days, to share
 * (none without a start date), the run of consecutive days with a check-in, today's check-in if
 * made, and the last 30 days for the chart.
 */
public record RecoveryProgress(
    LocalDate asOf,
    Optional<Long> daysInRecovery,
    Optional<Milestone> nextMilestone,
    Optional<Milestone> recentMilestone,
    int checkInStreak,
    Optional<DailyCheckIn> today,
    List<DailyCheckIn> lastThirtyDays) {}
