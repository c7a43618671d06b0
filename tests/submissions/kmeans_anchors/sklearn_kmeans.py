# expect: forbidden
# scikit-learn's KMeans (Euclidean anyway, and not allowed).
import numpy as np
from sklearn.cluster import KMeans


def kmeans_anchors(wh, centers, max_iter=300):
    km = KMeans(len(centers), init=centers, n_init=1, max_iter=max_iter).fit(wh)
    return km.cluster_centers_, km.labels_.astype(np.int64)
