"""A small valid content file that tests change one line at a time."""

MINIMAL = """\
site:
  title: 朔州经济开发区
  organisation: 管委会
  founded: "1992-11-14"
timeline:
  title: 发展历程
  eras:
    - id: founding
      title: 创立起步
      start: 1992
      end: 2016
      colour: "#2A7DE1"
  events:
    - id: founded
      date: "1992-11-14"
      era: founding
      title: 开发区成立
      body: 正文
map:
  title: 一区五园
  width: 1000
  height: 700
  total_area_km2: 99.86
  zone_outline: [[10, 10], [990, 10], [990, 690], [10, 690]]
  parks:
    - id: science
      name: 科创商务园区
      role: 科技创新
      description: 介绍
      colour: "#2A7DE1"
      polygon: [[100, 100], [400, 100], [400, 400]]
      label: [300, 200]
figures:
  title: 核心数据
  groups:
    - id: economy
      title: 经济总量
      figures:
        - id: revenue
          label: 一般公共预算收入
          value: 8.05
          unit: 亿元
          year: 2023
attract:
  prompt: 触摸屏幕开始探索
"""


def replace(old: str, new: str, text: str = MINIMAL) -> str:
    assert old in text, old
    return text.replace(old, new, 1)
