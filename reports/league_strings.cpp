#include "reports/league_strings.h"

namespace plancast {
namespace {

struct Pair {
  LeagueMsg key;
  const char* zh;
  const char* en;
};

// In LeagueMsg order (checked in LeagueText).
constexpr Pair kTexts[] = {
    {LeagueMsg::kTitle, "{plan}：各地区排行", "{plan}: league of regions"},
    {LeagueMsg::kAsOf, "截至 {as_of}，{count} 个地区。", "As of {as_of}, {count} regions."},
    {LeagueMsg::kTotal, "合计", "Total"},
    {LeagueMsg::kTotalLine, "{name}（各地区合计）：{year}年预计 {value}（80%区间 {lo}–{hi}），目标 {target}，达标概率 {p}，{status}。",
     "{name} (all regions together): {value} expected in {year} (80% range {lo}–{hi}) against a target of {target}; "
     "chance of meeting it {p}, {status}."},
    {LeagueMsg::kTotalNoTarget, "{name}（各地区合计）：{year}年预计 {value}（80%区间 {lo}–{hi}），合计没有目标。",
     "{name} (all regions together): {value} expected in {year} (80% range {lo}–{hi}); the total has no target."},
    {LeagueMsg::kExpected, "预计达标地区数：{n} 个（各地区达标概率之和）。",
     "Regions expected to meet their target: {n} (the sum of the regions' chances)."},
    {LeagueMsg::kHeldBack, "拖累合计最多的地区（预计值低于自身目标的差距×在合计中的份额）：",
     "Regions holding the total back most (how far each falls short of its own target, times its share in the total):"},
    {LeagueMsg::kHeldBackNone, "没有地区预计低于自身目标。", "No region is expected to fall short of its own target."},
    {LeagueMsg::kPlace, "预计值排名", "Place by projection"},
    {LeagueMsg::kPlaceP, "达标概率排名", "Place by chance"},
    {LeagueMsg::kRegion, "地区", "Region"},
    {LeagueMsg::kParent, "上级", "Part of"},
    {LeagueMsg::kLatest, "最新值", "Latest"},
    {LeagueMsg::kProjected, "预计值", "Expected"},
    {LeagueMsg::kRange, "80%区间", "80% range"},
    {LeagueMsg::kTarget, "目标", "Target"},
    {LeagueMsg::kPMeet, "达标概率", "Chance of meeting"},
    {LeagueMsg::kRequired, "所需年均变化", "Pace needed"},
    {LeagueMsg::kHistorical, "以往年均变化", "Pace so far"},
    {LeagueMsg::kStatus, "判断", "Status"},
    {LeagueMsg::kNoTarget, "无目标", "no target"},
    {LeagueMsg::kShortBy, "差 {gap}", "short by {gap}"},
    {LeagueMsg::kOrder, "按预计值排序；排名相同时列在前的地区在前。", "Sorted by the expected value; ties go to the region listed first."},
};
static_assert(sizeof(kTexts) / sizeof(kTexts[0]) == static_cast<size_t>(LeagueMsg::kCount), "one text per LeagueMsg");

}  // namespace

const char* LeagueText(LeagueMsg key, Language language) {
  const Pair& p = kTexts[static_cast<size_t>(key)];
  return language == Language::kZh ? p.zh : p.en;
}

}  // namespace plancast
