#!/usr/bin/env python3
# Regenerates the history_files cases: tests/data/good/history_files.yaml with a UTF-8-BOM CSV and a
# GB18030 CSV (the bytes Excel/WPS save on Chinese Windows), and tests/data/bad/hf_*.yaml, each with
# its own hf_*.csv. Expectations are appended as `# expect: [FILE:]L:C: text`; FILE names a CSV
# next to the plan (no FILE: the plan itself). Checked by hand; rerun after changing a message.
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
history_files: [FILES]
indicators:
  - id: rd_share
    name: R&D share
    unit: "%"
    direction: increase
    bounds: [0, 100]
    goals: [growth_goal]
    owner: 市科技局
    history: {2019: 1.5}
    target: {year: 2025, value: 3.0}
  - id: patents
    name: Patents per 10k people
    unit: 件
    direction: increase
    goals: [growth_goal]
    owner: 市市场监管局
    target: {year: 2025, value: 30}
'''
HEADER = 'indicator,period,value\n'


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


def plan(files):
    return HEAD.replace('FILES', files)


# Good: one file per encoding; CRLF, a quoted note with a comma, columns in another order.
write(os.path.join(GOOD, 'history_files.yaml'), plan('history_files_bom.csv, history_files_gb18030.csv'))
write(os.path.join(GOOD, 'history_files_bom.csv'),
      b'\xef\xbb\xbf' + 'period,indicator,value,note\r\n2020,rd_share,2.0,"统计公报, 2021年3月"\r\n'
      '2018,rd_share,1.2,\r\n'.encode('utf-8'))
write(os.path.join(GOOD, 'history_files_gb18030.csv'),
      'indicator,period,value,source\n'
      'patents,2019,18.5,市市场监管局年报\npatents,2020,21.0,市市场监管局年报\n'.encode('gb18030'))

cases = {
    'hf_unknown_indicator': (HEADER + 'rd_shar,2020,2.0\n',
                             ["hf_unknown_indicator.csv:2:1: unknown indicator 'rd_shar'\\n  hint: did you mean 'rd_share'?"]),
    'hf_bad_period': (HEADER + 'rd_share,2020-Q5,2.0\n',
                      ["hf_bad_period.csv:2:10: '2020-Q5' is not a period\\n  hint: '2020-Q5': quarter must be Q1-Q4"]),
    'hf_decimal_comma': (HEADER + 'rd_share,2020,"3,09"\n',
                         ["hf_decimal_comma.csv:2:15: value: '3,09' is not a number\\n  hint: use a decimal point"]),
    'hf_unquoted_comma': (HEADER + 'rd_share,2020,3,09\n',
                          ["hf_unquoted_comma.csv:2:1: this row has 4 fields; the header has 3\\n  hint: a comma inside a figure"]),
    'hf_percent': (HEADER + 'rd_share,2020,3.09%\n',
                   ["hf_percent.csv:2:15: value: '3.09%' is not a number\\n  hint: drop the '%'"]),
    'hf_wan': (HEADER + 'patents,2020,5万\n',
               ["hf_wan.csv:2:14: value: '5万' is not a number\\n  hint: write the plain number 5"]),
    'hf_duplicate_row': (HEADER + 'rd_share,2020,2.0\nrd_share,2020,2.1\n',
                         ["hf_duplicate_row.csv:3:10: period 2020 of 'rd_share' appears twice (first at "]),
    'hf_in_yaml_too': (HEADER + 'rd_share,2019,1.5\n',
                       ["hf_in_yaml_too.csv:2:10: 'rd_share' 2019 is given both here and in the plan at ",
                        "hf_in_yaml_too.csv:2:10: hf_in_yaml_too.yaml:19:21\\n  hint: keep each figure in one place"]),
    'hf_out_of_bounds': (HEADER + 'rd_share,2020,150\n',
                         ["hf_out_of_bounds.csv:2:15: value 150 of 'rd_share' is outside its bounds [0, 100]"]),
    'hf_bad_header': ('indicatr,period,value\nrd_share,2020,2.0\n',
                      ["hf_bad_header.csv:1:1: unknown column 'indicatr' in the header\\n  hint: did you mean 'indicator'?",
                       "hf_bad_header.csv:1:1: the header has no 'indicator' column"]),
    'hf_unclosed_quote': (HEADER + 'rd_share,2020,"2.0\n',
                          ['hf_unclosed_quote.csv:2:15: this quoted field is never closed']),
    'hf_neither_encoding': (HEADER.encode() + b'rd_share,2020,2.\xff0\n',
                            ['hf_neither_encoding.csv:2:17: the history file is neither UTF-8 nor GB18030 (byte 0xFF)']),
    'hf_bom_not_utf8': (b'\xef\xbb\xbf' + HEADER.encode() + 'rd_share,2020,2.0,\n'.encode() + '备注'.encode('gb18030'),
                        ['hf_bom_not_utf8.csv:3:1: the history file is neither UTF-8 nor GB18030 (byte 0xB1)']),
    'hf_empty': ('', ['hf_empty.csv:0:0: the history file is empty']),
}
for name, (csv, expect) in cases.items():
    write(os.path.join(BAD, name + '.csv'), csv)
    write(os.path.join(BAD, name + '.yaml'),
          plan(name + '.csv') + ''.join('# expect: ' + e + '\n' for e in expect))

# Plan-side problems (no CSV of their own).
write(os.path.join(BAD, 'hf_missing_file.yaml'), plan('nowhere.csv') +
      "# expect: 10:17: no such history file: 'nowhere.csv' (\n")
write(os.path.join(BAD, 'hf_not_a_list.yaml'), plan('x').replace('[x]', 'data.csv') +
      "# expect: 10:16: 'history_files' should be a list of paths, not 'data.csv'\n")
write(os.path.join(BAD, 'hf_listed_twice.yaml'), plan('hf_empty.csv, hf_empty.csv') +
      "# expect: 10:31: history file 'hf_empty.csv' is listed twice\n")
write(os.path.join(BAD, 'owner_empty.yaml'), plan('').replace('history_files: []\n', '')
      .replace('owner: 市科技局', 'owner: " "') + "# expect: 17:12: the owner of 'rd_share' is empty\n")
