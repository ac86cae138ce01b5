"""``beian corpus``: measure a training corpus source by source on Ray Data, draw the spot-check
samples the standard asks for, and write the 数据溯源清单 and the corpus section of the report."""
