#loc1 = loc("<site-packages>/torch/nn/modules/linear.py":134:0)
#loc2 = loc("scripts/corpus/cases.py":875:0)
#loc3 = loc(callsite(#loc1