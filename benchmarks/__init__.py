"""Speed benchmarks, reported as ratios against a baseline run side by side (``make bench``)."""
