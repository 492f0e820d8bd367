#include "engine/staleness.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

namespace plancast {
namespace bg = boost::gregorian;

int DefaultPublicationLagDays(PeriodKind frequency) {
  switch (frequency) {
    case PeriodKind::kYear: return 273;
    case PeriodKind::kQuarter: return 90;
    case PeriodKind::kMonth: return 45;
    case PeriodKind::kDay: return 45;
  }
  return 273;
}

std::optional<StalenessCheck> CheckStaleness(const Indicator& indicator, const Observation& latest,
                                             const bg::date& as_of) {
  const PeriodKind kind = latest.period.end.is_not_a_date() ? PeriodKind::kYear : latest.period.kind;
  StalenessCheck check;
  bg::date next_end;
  switch (kind) {
    case PeriodKind::kYear:
      next_end = bg::date(latest.year + 1, 12, 31);
      check.next_period = std::to_string(latest.year + 1);
      break;
    case PeriodKind::kQuarter: {
      next_end = (latest.period.end + bg::days(1) + bg::months(2)).end_of_month();
      check.next_period = fmt::format("{}-Q{}", static_cast<int>(next_end.year()), (next_end.month() + 2) / 3);
      break;
    }
    case PeriodKind::kMonth:
    case PeriodKind::kDay: {
      next_end = (latest.period.end + bg::days(1)).end_of_month();
      if (kind == PeriodKind::kDay) next_end = latest.period.end + bg::months(1);
      check.next_period = fmt::format("{}-{:02d}", static_cast<int>(next_end.year()),
                                      static_cast<int>(next_end.month()));
      break;
    }
  }
  const int lag = indicator.publication_lag_days.value_or(DefaultPublicationLagDays(kind));
  check.expected_by = next_end + bg::days(lag);
  check.days_late = static_cast<int>((as_of - check.expected_by).days());
  if (check.days_late <= 0) return std::nullopt;
  return check;
}

}  // namespace plancast
