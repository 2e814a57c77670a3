"""Memory of this process as the robustness tests judge it, and the trend of a series."""

from pathlib import Path


def private_mb() -> float:
    """Memory this process has written and holds alone (heap, decoded images, scene graph):
    `Private_Dirty`. Not `Private_Clean`: the pages of Qt's libraries and the CJK fonts count
    as private only while no other process maps them, so ~85 MB of them came and went whenever
    another Qt process started or ended (the "memory jumps" of the first long runs)."""
    fields = Path("/proc/self/smaps_rollup").read_text().splitlines()
    return sum(int(line.split()[1]) for line in fields if line.startswith("Private_Dirty:")) / 1024


def slope(values: list[float]) -> float:
    """Least-squares change per sample: a trend that one noisy sample cannot fake or hide."""
    count = len(values)
    mean_x, mean_y = (count - 1) / 2, sum(values) / count
    spread = sum((x - mean_x) ** 2 for x in range(count))
    return sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values)) / spread


def robust_trend(values: list[float]) -> float:
    """Theil–Sen change per sample (the median of all pairwise slopes): a few samples taken
    while a large picture or glyph cache happened to be held cannot make a trend."""
    slopes = sorted(
        (values[j] - values[i]) / (j - i)
        for i in range(len(values))
        for j in range(i + 1, len(values))
    )
    return slopes[len(slopes) // 2] if slopes else 0.0
