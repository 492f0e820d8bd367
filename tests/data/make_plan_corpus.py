#!/usr/bin/env python3
# Regenerates tests/data/bad/*.yaml and tests/data/good/*.yaml: one small plan per case, derived from
# one valid plan by a single change, with the expected diagnostics appended as `# expect: L:C: text`.
# The expectations below were checked by hand; after changing a message, update them here and rerun.
import os
HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, 'bad')
GOOD = os.path.join(HERE, 'good')
HEAD = '''schema: 1
plan:
  id: t
  name: Test plan
  period: {start: 2021, end: 2025}
  baseline_year: 2020
goals:
  - id: growth_goal
    name: Goal
indicators:
'''
IND = '''  - id: rd_share
    name: R&D share
    unit: "%"
    direction: increase
    bounds: [0, 100]
    goals: [growth_goal]
    history: {2019: 1.5, 2020: 2.0}
    target: {year: 2025, value: 3.0}
'''
def plan(ind=IND, head=HEAD, tail=''):
    return head + ind + tail

cases = {}
def case(name, text, expect):
    cases[name] = (text, expect)

case('syntax_unclosed_bracket', plan(IND.replace('[0, 100]', '[0, 100')), '')
case('tab_indent', plan(IND.replace('    unit:', '\tunit:')), '')
case('empty', '', '')
case('comment_only', '# nothing here yet\n', '')
case('invalid_utf8', plan(IND.replace('R&D share', 'R&D \xff share')), '')
case('nul_byte', plan(IND.replace('R&D share', 'R&D \x00 share')), '')
case('duplicate_key', plan(IND.replace('    unit: "%"\n', '    unit: "%"\n    name: Again\n')), '')
case('duplicate_year', plan(IND.replace('{2019: 1.5, 2020: 2.0}', '{2019: 1.5, 2020: 2.0, 2019: 1.6}')), '')
case('cyclic_alias', plan(IND.replace('history: {2019: 1.5, 2020: 2.0}', 'history: &h {2019: *h}')), '')
case('billion_laughs', plan(tail='lol:\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
     + ''.join('  %s: &%s [%s]\n' % (c, c, ','.join(['*' + p] * 9)) for p, c in zip('abcdefgh', 'bcdefghi'))), '')
case('anchor', plan(IND.replace('name: R&D share', 'name: &n R&D share')), '')
case('deep_nesting', plan(IND.replace('    unit: "%"\n', '    note: ' + '[' * 200 + ']' * 200 + '\n    unit: "%"\n')), '')
case('multiple_documents', plan() + '---\nplan: {}\n', '')
case('top_level_list', '- plan\n- indicators\n', '')
case('number_overflow', plan(IND.replace('2020: 2.0', '2020: 1e999')), '')
case('nan_value', plan(IND.replace('2020: 2.0', '2020: .nan')), '')
case('inf_value', plan(IND.replace('2020: 2.0', '2020: .inf')), '')
case('decimal_comma', plan(IND.replace('2020: 2.0}', '2020: "3,09"}')), '')
case('empty_value', plan(IND.replace('    name: R&D share', '    name:')), '')
case('empty_history_value', plan(IND.replace('history: {2019: 1.5, 2020: 2.0}', 'history:\n      2019:\n      2020: 2.0')), '')
case('decimal_comma_flow', plan(IND.replace('2020: 2.0', '2020: 3,09')), '')
case('decimal_comma_plain', plan(IND.replace('history: {2019: 1.5, 2020: 2.0}', 'history:\n      2019: 1.5\n      2020: 3,09')), '')
case('percent_sign', plan(IND.replace('2020: 2.0', '2020: 3.09%')), '')
case('thousands_separator', plan(IND.replace('history: {2019: 1.5, 2020: 2.0}', 'history:\n      2019: 1.5\n      2020: 1,234')), '')
case('wan_suffix', plan(IND.replace('2020: 2.0', '2020: 3500万')), '')
case('negative_outside_bounds', plan(IND.replace('2019: 1.5', '2019: -1.5')), '')
case('target_outside_bounds', plan(IND.replace('value: 3.0', 'value: 130')), '')
case('unknown_key', plan(IND.replace('    name: R&D share', '    nmae: R&D share')), '')
case('unknown_top_level_key', plan().replace('indicators:', 'indicator:'), '')
case('duplicate_id', plan(IND + IND.replace('R&D share', 'Copy')), '')
case('goal_indicator_same_id', plan(IND.replace('id: rd_share', 'id: growth_goal')), '')
case('missing_target', plan(IND.replace('    target: {year: 2025, value: 3.0}\n', '')), '')
case('target_year_outside_period', plan(IND.replace('year: 2025', 'year: 2030')), '')
case('unknown_goal', plan(IND.replace('goals: [growth_goal]', 'goals: [growth_gaol]')), '')
case('bounds_wrong_type', plan(IND.replace('bounds: [0, 100]', 'bounds: 0-100')), '')
case('bounds_reversed', plan(IND.replace('bounds: [0, 100]', 'bounds: [100, 0]')), '')
case('missing_direction', plan(IND.replace('    direction: increase\n', '')), '')
case('bad_direction', plan(IND.replace('direction: increase', 'direction: increasing')), '')
case('bad_as_of_format', plan(head=HEAD.replace('  baseline_year: 2020\n', '  baseline_year: 2020\n  as_of: 2021/6/30\n')), '')
case('bad_as_of_day', plan(head=HEAD.replace('  baseline_year: 2020\n', '  baseline_year: 2020\n  as_of: 2021-02-30\n')), '')
case('bad_language', plan(head=HEAD.replace('  baseline_year: 2020\n', '  baseline_year: 2020\n  language: fr\n')), '')
case('thresholds_order', plan(head=HEAD.replace('  baseline_year: 2020\n', '  baseline_year: 2020\n  status_thresholds: {on_track: 0.3, at_risk: 0.5}\n')), '')
case('baseline_after_start', plan(head=HEAD.replace('baseline_year: 2020', 'baseline_year: 2022')), '')
case('period_reversed', plan(head=HEAD.replace('{start: 2021, end: 2025}', '{start: 2025, end: 2021}')), '')
case('no_indicators', HEAD.replace('indicators:', 'indicators: []'), '')
case('missing_plan_section', 'indicators:\n' + IND, '')
case('history_key_not_year', plan(IND.replace('2019: 1.5', '2021-Q5: 1.5')), '')
case('history_key_bad_month', plan(IND.replace('2019: 1.5', '2021-13: 1.5')), '')
case('history_key_bad_day', plan(IND.replace('2019: 1.5', '2021-02-30: 1.5')), '')
case('duplicate_period', plan(IND.replace('{2019: 1.5, 2020: 2.0}', '{2021-Q3: 1.5, 2021-q3: 2.0}')), '')
case('basis_shift_unknown_basis', plan(IND.replace('    target:', '    basis_shifts: [{from_basis: 旧口径, ratio: 1.1}]\n    target:')), '')
case('basis_shift_no_ratio_or_offset', plan(IND.replace('history: {2019: 1.5, 2020: 2.0}', 'history: {2019: {value: 1.5, basis: old}, 2020: 2.0}').replace('    target:', '    basis_shifts: [{from_basis: old}]\n    target:')), '')
case('bad_publication_lag', plan(IND.replace('    target:', '    publication_lag_days: -5\n    target:')), '')
case('bad_measure', plan(IND.replace('    target:', '    measure: ytd\n    target:')), '')
case('bad_bool', plan(IND.replace('    goals:', '    binding: yes\n    goals:')), '')
case('growth_pace_nonpositive', plan(IND.replace('    goals:', '    pace: growth\n    goals:').replace('2019: 1.5', '2019: 0')), '')
case('bad_id', plan(IND.replace('id: rd_share', 'id: R&D share')), '')
case('unknown_target_kind', plan(IND.replace('target: {year: 2025', 'target: {kind: cumlative, year: 2025')), '')
case('rank_target_increase', plan(IND.replace('target: {year: 2025', 'target: {kind: rank, year: 2025')), '')
case('milestone_with_value', plan(IND.replace('target: {year: 2025, value: 3.0}', 'target: {kind: milestone, due: 2023-12-31, value: 1}')), '')
case('formula_and_history', plan(IND.replace('    history:', '    formula: a / b\n    history:')), '')
case('scenario_unknown_indicator', plan(tail='scenarios:\n  - name: push\n    overrides:\n      - {indicator: rd_shar, growth: 12}\n'), '')
case('scenario_growth_and_slope', plan(tail='scenarios:\n  - name: push\n    overrides:\n      - {indicator: rd_share, growth: 12, slope: 1}\n'), '')
case('chinese_column', plan(IND.replace('history: {2019: 1.5, 2020: 2.0}', 'history:\n      2019: {note: 研发经费说明, value: 3.09%}\n      2020: 2.0').replace('direction: increase', 'direction: 上升')), '')
case('history_value_map_missing_value', plan(IND.replace('history: {2019: 1.5, 2020: 2.0}', 'history:\n      2019: {note: 暂无}\n      2020: 2.0')), '')
case('schema_version', plan().replace('schema: 1', 'schema: 2'), '')
# several targets per indicator (issue 12 item 1)
T = "    target: {year: 2025, value: 3.0}\n"
TARGETS = "    targets:\n      - {year: 2025, value: 3.0}\n      - {year: 2035, value: 4.0}\n"
case('targets_and_target', plan(IND.replace(T, T + TARGETS)), '')
case('targets_not_list', plan(IND.replace(T, "    targets: {year: 2025, value: 3.0}\n")), '')
case('targets_empty_list', plan(IND.replace(T, "    targets: []\n")), '')
case('targets_item_not_map', plan(IND.replace(T, "    targets: [3.0]\n")), '')
case('targets_same_kind_and_year', plan(IND.replace(T, TARGETS.replace('2035', '2025'))), '')
case('targets_before_period', plan(IND.replace(T, TARGETS.replace('2035', '2019'))), '')
case('targets_long_range_outside_bounds', plan(IND.replace(T, TARGETS.replace('4.0', '140'))), '')
# range and "about" targets (issue 12 item 3)
def tgt(inner):
    return plan(IND.replace(T, "    target: {year: 2025, " + inner + "}\n"))
case('range_and_value', tgt("value: 3.0, range: [2.5, 3.5]"), '')
case('range_reversed', tgt("range: [3.7, 3.3]"), '')
case('range_not_pair', tgt("range: [3.3]"), '')
case('range_and_about', tgt("range: [3.3, 3.7], about: true"), '')
case('range_outside_bounds', tgt("range: [90, 130]"), '')
case('range_on_rank', tgt("kind: rank, range: [3, 5]"), '')
case('tolerance_without_about', tgt("value: 3.0, tolerance: 5%"), '')
case('about_without_tolerance', tgt("value: 3.0, about: true"), '')
case('about_negative_tolerance', tgt("value: 3.0, about: true, tolerance: -5%"), '')
case('about_bad_tolerance', tgt("value: 3.0, about: true, tolerance: five"), '')
# annual decomposition (issue 12 item 2)
case('annual_bad_type', tgt("value: 3.0, annual: [2.2, 2.4]"), '')
case('annual_year_after_target', tgt("value: 3.0, annual: {2022: 2.2, 2026: 3.2}"), '')
case('annual_year_before_period', tgt("value: 3.0, annual: {2020: 2.0}"), '')
case('annual_not_a_number', tgt("value: 3.0, annual: {2022: 2.2%}"), '')
case('annual_key_not_year', tgt("value: 3.0, annual: {y2022: 2.2}"), '')
case('lone_target_long_range', plan(IND.replace(T, "    target: {year: 2035, value: 3.0}\n")), '')

for name, (text, _) in cases.items():
    with open(os.path.join(BAD, name + '.yaml'), 'wb') as f:
        f.write(text.encode('utf-8', 'surrogateescape') if '\xff' not in text else text.replace('\xff', '').encode().replace(b'R&D  share', b'R&D \xff share'))

# good corpus
goods = {
  'minimal': plan(),
  'bom': '\ufeff' + plan(),
  'crlf': plan().replace('\n', '\r\n'),
  'unsorted_years': plan(IND.replace('{2019: 1.5, 2020: 2.0}', '{2020: 2.0, 2016: 1.0, 2019: 1.5}')),
  'target_none': plan(IND.replace('target: {year: 2025, value: 3.0}', 'target: none')),
  'band_targets': plan(IND.replace(T, "    target: {year: 2025, range: [2.5, 3.5]}\n") + IND.replace('rd_share', 'gdp_growth').replace(T, "    target: {kind: growth, year: 2025, value: 5, about: true, tolerance: 0.5}\n").replace('[0, 100]', '[0, .inf]')),
  'annual_targets': plan(IND.replace(T, "    target: {year: 2025, value: 3.0, annual: even}\n").replace("{2019: 1.5, 2020: 2.0}", "{2019: 1.5, 2020: 2.0, 2021: 2.3, 2022: 2.3}")
      + IND.replace('rd_share', 'new_firms').replace('    goals:', '    measure: flow\n    goals:').replace('[0, 100]', '[0, .inf]').replace(T, "    target: {kind: cumulative, year: 2025, value: 50, annual: {2021: 8, 2022: 9, 2023: 10, 2024: 11, 2025: 12}}\n").replace("{2019: 1.5, 2020: 2.0}", "{2019: 7, 2020: 8, 2021: 9, 2022: 8}")),
  'targets_long_range': plan(IND.replace('    target: {year: 2025, value: 3.0}\n', '    targets:\n      - {year: 2023, value: 2.5}\n      - {year: 2025, value: 3.0}\n      - {kind: cumulative, year: 2025, value: 1.2}\n      - {year: 2035, value: 4.0, illustrative: true}\n')),
  'sub_annual': plan(IND.replace('history: {2019: 1.5, 2020: 2.0}', 'history: {2020: 5.0, 2021-Q1: 1.2, 2021-07: 2.9, 2021-09-30: 4.1, 2019: {value: 4.0, basis: old, provisional: true}}')
      .replace('    target:', '    measure: year_to_date\n    publication_lag_days: 45\n    basis_shifts: [{from_basis: old, ratio: 1.02, offset: 0.1}]\n    target:')),
  'no_history': plan(IND.replace('    history: {2019: 1.5, 2020: 2.0}\n', '')),
  'extensions': plan(IND.replace('goals: [growth_goal]', 'goals: [{id: growth_goal, weight: 2}]').replace('    goals:', '    measure: flow\n    goals:')
      + '''  - id: derived
    name: Derived
    direction: increase
    formula: rd_share * 2
    goal: growth_goal
    target: {kind: growth, year: 2025, value: 5, illustrative: true}
  - id: zone_rank
    name: Zone rank
    direction: decrease
    bounds: [1, 43]
    goals: [growth_goal]
    history: {2017: 33, 2019: 17}
    target: {kind: rank, year: 2025, value: 12}
  - id: accreditation
    name: Accreditation
    direction: increase
    goals: [growth_goal]
    target: {kind: milestone, due: 2023-12-31, done_on: 2023-06-01}
''', tail='scenarios:\n  - name: push\n    description: faster\n    overrides:\n      - {indicator: rd_share, from_year: 2022, slope: 0.2}\n'),
}
for name, text in goods.items():
    with open(os.path.join(GOOD, name + '.yaml'), 'wb') as f:
        f.write(text.encode('utf-8'))

EXPECT = {
 'syntax_unclosed_bracket': ['16:10: YAML syntax error: end of sequence flow not found'],
 'tab_indent': ['13:1: tab character in indentation'],
 'comment_only': ['0:0: the plan file is empty'],
 'invalid_utf8': ['12:15: not valid UTF-8 (byte 0xFF)'],
 'nul_byte': ['12:15: NUL byte'],
 'duplicate_key': ["14:5: duplicate key 'name' (first written at line 12)"],
 'duplicate_year': ["17:37: duplicate key '2019'"],
 'cyclic_alias': ['17:14: anchors (&name) are not supported', '17:24: aliases (*name) are not supported'],
 'billion_laughs': ['20:6: anchors (&name) are not supported', '21:10: aliases (*name) are not supported'],
 'anchor': ['12:11: anchors (&name) are not supported'],
 'deep_nesting': ['13:72: nested more than 64 levels deep'],
 'multiple_documents': ['19:1: one YAML document'],
 'top_level_list': ['1:1: should be a map with plan, goals and indicators, not a list'],
 'number_overflow': ["17:32: '1e999' is out of the range of finite numbers"],
 'nan_value': ["17:32: '.nan' is not a finite number"],
 'inf_value': ["17:32: '.inf' is not a finite number"],
 'decimal_comma': ["17:32: '3,09' is not a number\n  hint: use a decimal point, not a comma: 3.09"],
 'empty_value': ["12:5: 'name' in indicator is empty"],
 'empty_history_value': ["18:7: history 2019 of 'rd_share' has no value"],
 'decimal_comma_flow': ["17:34: history key '09' is not a period\n  hint: inside {...} a comma separates entries: use a decimal point"],
 'decimal_comma_plain': ["19:13: '3,09' is not a number\n  hint: use a decimal point"],
 'percent_sign': ["17:32: '3.09%' is not a number\n  hint: drop the '%'"],
 'thousands_separator': ["19:13: hint: write numbers without thousands separators: 1234"],
 'wan_suffix': ["17:32: hint: write the plain number 3500 and put the scale in the unit"],
 'negative_outside_bounds': ["17:21: value -1.5 of 'rd_share' is outside its bounds [0, 100]"],
 'target_outside_bounds': ["18:13: target 130 of 'rd_share' is outside its bounds [0, 100]"],
 'unknown_key': ["12:5: unknown key 'nmae' in indicator\n  hint: did you mean 'name'?", "11:5: missing required key 'name'"],
 'unknown_top_level_key': ["10:1: unknown key 'indicator' in the plan file\n  hint: did you mean 'indicators'?"],
 'duplicate_id': ["19:5: duplicate id 'rd_share' (indicator)\n  hint: already used at line 11"],
 'goal_indicator_same_id': ["11:5: duplicate id 'growth_goal' (indicator)\n  hint: already used at line 8"],
 'missing_target': ["11:5: indicator 'rd_share' has no target\n  hint: add target: {year: 2025, value: ...}, or write 'target: none'"],
 'target_year_outside_period': ["18:13: target year 2030 of 'rd_share' is outside the plan period 2021-2025"],
 'unknown_goal': ["16:13: refers to unknown goal 'growth_gaol'\n  hint: did you mean 'growth_goal'?"],
 'bounds_wrong_type': ["15:13: 'bounds' should be a list of two numbers"],
 'bounds_reversed': ["15:13: 'bounds' lower end must be below the upper end"],
 'missing_direction': ["11:5: indicator is missing required key 'direction'"],
 'bad_direction': ["14:16: 'direction' must be increase or decrease, not 'increasing'\n  hint: did you mean 'increase'?"],
 'bad_as_of_format': ["7:10: 'as_of' must be a date written YYYY-MM-DD, not '2021/6/30'"],
 'bad_as_of_day': ["7:10: not '2021-02-30'"],
 'bad_language': ["7:13: 'language' must be zh or en, not 'fr'"],
 'thresholds_order': ['3:3: status_thresholds need 0 <= at_risk < on_track <= 1'],
 'baseline_after_start': ['3:3: baseline_year 2022 is after the start of the plan period (2021)'],
 'period_reversed': ['3:3: the plan period starts (2025) after it ends (2021)'],
 'no_indicators': ["10:13: the plan has no indicators"],
 'missing_plan_section': ["1:1: the plan file has no 'plan:' section"],
 'history_key_not_year': ["17:15: history key '2021-Q5' is not a period\n  hint: '2021-Q5': quarter must be Q1-Q4"],
 'history_key_bad_month': ["17:15: hint: '2021-13': month must be 01-12"],
 'history_key_bad_day': ["17:15: hint: '2021-02-30': 2021-02 has only 28 days"],
 'duplicate_period': ["17:29: period 2021-q3 appears twice in the history of 'rd_share'"],
 'basis_shift_unknown_basis': ["18:33: no history value of 'rd_share' has basis '旧口径'"],
 'basis_shift_no_ratio_or_offset': ["18:20: basis shift from 'old' gives neither 'ratio' nor 'offset'"],
 'bad_publication_lag': ["18:27: 'publication_lag_days' must be a whole number of days"],
 'bad_measure': ["18:14: 'measure' must be one of stock, flow, year_to_date, not 'ytd'"],
 'bad_bool': ["16:14: 'binding' should be true or false, not 'yes'"],
 'growth_pace_nonpositive': ["18:21: 'rd_share' has pace: growth but its 2019 value is 0 (not positive)\n  hint: growth rates need positive values; use pace: slope"],
 'bad_id': ["11:9: id 'R&D share' is not a valid identifier"],
 'unknown_target_kind': ["18:20: 'kind' must be one of level, cumulative, growth, rank, milestone, not 'cumlative'\n  hint: did you mean 'cumulative'?"],
 'rank_target_increase': ["18:13: rank target of 'rd_share' needs direction: decrease"],
 'milestone_with_value': ['18:55: a milestone target has no value'],
 'formula_and_history': ["18:14: derived indicator 'rd_share' has both a formula and a history"],
 'scenario_unknown_indicator': ["22:21: scenario 'push' overrides unknown indicator 'rd_shar'\n  hint: did you mean 'rd_share'?"],
 'scenario_growth_and_slope': ["22:9: exactly one of 'growth' (%/yr) or 'slope' (units/yr)"],
 'chinese_column': ["14:16: 'direction' must be increase or decrease, not '上升'", "18:35: '3.09%' is not a number"],
 'history_value_map_missing_value': ["18:13: history 2019 is missing required key 'value'"],
 'schema_version': ["1:9: unsupported schema '2'"],
 'targets_and_target': ["20:7: indicator 'rd_share' has both 'target' and 'targets'\n  hint: move the target into the 'targets' list"],
 'targets_not_list': ["18:14: 'targets' should be a list of targets {year, value}, not a map"],
 'targets_empty_list': ["18:14: 'targets' is an empty list\n  hint: write targets: [{year: 2030, value: ...}, {year: 2035, value: ...}]"],
 'targets_item_not_map': ["18:15: a target in 'targets' should be a map {year, value}, not '3.0'"],
 'targets_same_kind_and_year': ["20:9: two level targets for 2025 (the first at line 19)\n  hint: keep one target per kind and year"],
 'targets_before_period': ["20:9: target year 2019 of 'rd_share' is outside the plan period 2021-2025\n  hint: set the target year within the plan period, usually its last year"],
 'targets_long_range_outside_bounds': ["20:9: target 140 of 'rd_share' is outside its bounds [0, 100]"],
 'range_and_value': ["18:33: a range target has no 'value'\n  hint: write range: [lo, hi] alone"],
 'range_reversed': ["18:33: 'range' lower end 3.7 is above its upper end 3.3\n  hint: write [lo, hi], e.g. range: [3.3, 3.7]"],
 'range_not_pair': ["18:33: 'range' should be a list of two numbers [lo, hi], not a list"],
 'range_and_about': ["18:33: a target is a range or 'about' a value, not both"],
 'range_outside_bounds': ["18:13: target range end 130 of 'rd_share' is outside its bounds [0, 100]"],
 'range_on_rank': ["18:45: a range or 'about' target must be of kind level or growth"],
 'tolerance_without_about': ["18:49: 'tolerance' belongs to an 'about' target\n  hint: add about: true"],
 'about_without_tolerance': ["18:45: an 'about' target needs a 'tolerance'\n  hint: e.g. tolerance: 5% (of the value) or tolerance: 0.2"],
 'about_negative_tolerance': ["18:62: 'tolerance' must not be negative (got -5%)"],
 'about_bad_tolerance': ["18:62: 'tolerance' should be a number or a percentage like 5%, not 'five'"],
 'annual_bad_type': ["18:46: 'annual' should be a map year -> value, or 'even', not a list"],
 'annual_year_after_target': ["18:58: annual year 2026 is outside 2021-2025\n  hint: annual targets run from the plan's first year to the target's year"],
 'annual_year_before_period': ["18:47: annual year 2020 is outside 2021-2025"],
 'annual_not_a_number': ["18:53: annual: '2.2%' is not a number\n  hint: drop the '%'"],
 'annual_key_not_year': ["18:47: annual key 'y2022' is not a year"],
 'lone_target_long_range': ["18:13: target year 2035 of 'rd_share' is outside the plan period 2021-2025\n  hint: set the target year within the plan period, or list it under targets: next to the plan-period target as a long-range goal"],
}
missing = set(cases) - set(EXPECT) - {'empty'}
assert not missing, missing
for name, lines in EXPECT.items():
    with open(os.path.join(BAD, name + '.yaml'), 'ab') as f:
        for line in lines:
            f.write(('# expect: ' + line.replace('\n', '\\n') + '\n').encode())
with open(os.path.join(BAD, 'empty.expect'), 'w') as f:
    f.write('# expect: 0:0: the plan file is empty\n')
